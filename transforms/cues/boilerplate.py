"""Boilerplate cues: words that make a line the page's furniture, not the article's text.

A boilerplate cue's examples are lines that ``clean_body`` cuts from an article; its near misses are article
sentences that use the same words and stay.
"""

from __future__ import annotations

from transforms.cues import Cue, Decision

# a copyright notice at the foot of a page: its publisher is read from it before it is cut
RIGHTS_RESERVED = Cue(
    "rights_reserved",
    Decision.BOILERPLATE,
    words={
        "en": ("all rights reserved",),
        "es": ("todos los derechos reservados",),
        "pt": ("todos os direitos reservados",),
    },
    examples={
        "en": ("Diario del Valle 2025. All rights reserved.",),
        "es": ("Diario del Valle 2025. Todos los derechos reservados.",),
        "pt": ("Jornal do Vale 2025. Todos os direitos reservados.",),
    },
    not_examples={
        "en": ("The airline reserved all seats on the flight for deportees.",),
        "es": ("La aerolínea reservó todos los asientos del vuelo para deportados.",),
        "pt": ("A companhia reservou todos os assentos do voo para deportados.",),
    },
)

# a line of a reader's comment that holds only its buttons and its age ("Like · Reply · 3h", "hace 3 horas",
# "Curtir · Responder · 2 h"): cut as a line, and two of them open a comment thread
COMMENT_STAMP = Cue(
    "comment_stamp",
    Decision.BOILERPLATE,
    words={
        "en": (
            "reply",
            "like",
            "report",
            r"\d{1,3} ?(?:minutes?|hours?|days?|weeks?|months?) ago",
            r"\d{1,3} ?(?:min|h|d|w)",
        ),
        "es": (
            "responder",
            "me gusta",
            "denunciar",
            r"hace \d{1,3} (?:minutos?|horas?|d[ií]as?|semanas?|meses)",
            r"hace (?:un|una) (?:minuto|hora|d[ií]a|semana|mes)",
        ),
        "pt": (
            "responder",
            "curtir",
            "denunciar",
            r"h[aá] \d{1,3} (?:minutos?|horas?|dias?|semanas?|meses)",
            r"\d{1,3} ?(?:min|h|d|sem)",
        ),
    },
    examples={
        "en": ("Like · Reply · 3h", "Report", "2 hours ago", "Reply | 5 days ago", "Like · 1d"),
        "es": ("Responder", "hace 3 horas", "Me gusta · Responder · hace una hora", "Denunciar"),
        "pt": ("Curtir · Responder · 2 h", "há 5 horas", "Denunciar", "Responder · 3 sem", "Curtir · 10 min"),
    },
    not_examples={
        "en": ("He said he would reply within 3 hours.", "Flights like this one land twice a week."),
        "es": ("El ministro prometió responder hace 3 horas.", "Me gusta que lleguen menos vuelos, dijo."),
        "pt": ("O governo vai responder há 2 dias do prazo.", "Denunciar os voos foi a prioridade da ONG."),
    },
)
BOILERPLATE_CUES = (RIGHTS_RESERVED, COMMENT_STAMP)
