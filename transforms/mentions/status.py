"""What happened to the flights a clause counts: completed, planned, cancelled, denied or unknown, as its
verbs say.
"""

from __future__ import annotations

import re
from functools import lru_cache

from transforms.cues.statuses import HEADLINE_FUTURE, STATUS_CUES
from transforms.domain import Status
from transforms.spans import LowercasePattern, lowercase

STATUS_PATTERNS = [(Status(cue.name), rf"\b(?:{cue.alternation})\b") for cue in STATUS_CUES]
TECHNICAL_TURNBACK = LowercasePattern(
    r"\b(?:turned|turns|turning) back\s+(?:with|because of|due to|after|over)\b[^,.;]{0,40}?\b(?:mechanical|"
    r"technical|engine|weather|fuel|"
    r"maintenance)\w*|\b(?:regres[oó]|volvi[oó]|retorn[oó])\s+(?:por|debido a)\b[^,.;]{0,40}?\b(?:falla|"
    r"mec[aá]nic|t[eé]cnic|clima|combustible)\w*"
)
# "declined to claim asylum", "se negaron a declarar", "recusaram-se a assinar": people refusing something
# else, not a refusal of the flight (refusing to accept, receive or authorize it still is one)
REFUSAL_OF_SOMETHING_ELSE = LowercasePattern(
    r"\b(?:declined|declines|refused|refuses)\s+to\s+(?!accept|receive|allow|authori[sz]e|let|take|admit|permit|land)"
    r"[a-z]+|\bse\s+neg(?:ó|aron|aba|aban)\s+a\s+(?!recibir|aceptar|autorizar|permitir|admitir|dejar)[a-zñáéíóú]+"
    r"|\b(?:recusou|recusaram)-se\s+a\s+(?!receber|aceitar|autorizar|permitir|admitir|deixar)[a-zçãõáéíóú]+"
)
# "landed on Tuesday, two days after Bogotá had refused them", "aterrizaron, días después de que el gobierno
# había rechazado su llegada": a refusal told as what went before the flight is not its fate
EARLIER_REFUSAL = LowercasePattern(
    r"""(?x)
    \b(?:after|después\s+de\s+que|luego\s+de\s+que|depois\s+(?:que|de))\s  # a clause of what came before
    [^.;]{0,80}?
    \b(?:had|hab[ií]a|hab[ií]an|tinha|tinham|havia|haviam)\s+               # told in the pluperfect
    (?:refused|denied|rejected|blocked|turned\s+(?:away|back)|rechazado|negado|impedido|
       recusado|barrado|vetado)\b
    """
)
# llegarán, saldrán: searched only where an á is
FUTURE_TENSE = LowercasePattern(r"\b\w+(?:ar|er|ir|dr|br|rr)(?:á|án)\b")
# sumarían, llegarían, podría, chegariam: what would happen is planned (a noun such as 'secretaría' is neither
# plural nor a modal)
CONDITIONAL_TENSE = LowercasePattern(
    r"\b(?:\w+(?:ar|er|ir|dr|br)ían|(?:podr|habr|ser|llegar|saldr|tendr|har|aterrizar)ía|\w+(?:ar|er|"
    r"ir)iam)\b"
)
STATUS_CACHE_SIZE = 4096
STATUS_RES = [(name, LowercasePattern(pattern)) for name, pattern in STATUS_PATTERNS]
PAST_REPORT = re.compile(r"\b(?:was|were|had|fue|fueron|hubo|hab[ií]a|foi|foram)\b", re.IGNORECASE)


@lru_cache(maxsize=STATUS_CACHE_SIZE)
def status_of(sentence: str) -> str:
    """completed, planned, denied or cancelled, as the clause's verbs say; a mechanical turn-back, people
    refusing something other than the flight, or a refusal told as what went before, is no denial.

    Cached: a sentence's status is asked for the sentence, then again for each of its clauses.
    """
    lowered = EARLIER_REFUSAL.blanked_in(
        REFUSAL_OF_SOMETHING_ELSE.blanked_in(TECHNICAL_TURNBACK.blanked_in(lowercase(sentence)))
    )
    for name, pattern in STATUS_RES:
        if pattern.found_in(lowered) or (
            name == Status.PLANNED
            and (_future_or_conditional(sentence, lowered) or HEADLINE_INFINITIVE.match(sentence))
        ):
            return name
    return Status.UNKNOWN


# "US to deport 300 Venezuelans": capitalised words open the sentence, then the infinitive
HEADLINE_INFINITIVE = re.compile(rf"\s*(?:[A-Z][\w.'’-]*\s+){{1,4}}(?:{HEADLINE_FUTURE.alternation})\b")


def _future_or_conditional(sentence: str, lowered: str) -> bool:
    """A Spanish or Portuguese verb in the future or the conditional; each is searched only where its accent
    or ending is."""
    return ("á" in sentence and _a_lowercase_word(FUTURE_TENSE, sentence, lowered)) or (
        ("í" in sentence or "iam" in lowered) and _a_lowercase_word(CONDITIONAL_TENSE, sentence, lowered)
    )


def _a_lowercase_word(pattern: LowercasePattern, sentence: str, lowered: str) -> bool:
    """Whether the pattern finds a verb: a word written in lowercase, or capitalised only as the sentence's
    first ("Saldrán dos vuelos"); "Ceará" or "Pará" inside a sentence is a place."""
    return any(
        sentence[match.start()].islower() or not any(c.isalnum() for c in sentence[: match.start()])
        for match in pattern.regex.finditer(lowered)
    )
