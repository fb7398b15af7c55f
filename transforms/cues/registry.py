"""Every cue the extractor reads, for the example test and for ``flightwatch explain``."""

from __future__ import annotations

from transforms.cues import Cue
from transforms.cues.boilerplate import BOILERPLATE_CUES
from transforms.cues.counts import COUNT_CUES
from transforms.cues.elision import ELISION_CUES
from transforms.cues.lists import LIST_LINE_CUES
from transforms.cues.periods import PERIOD_CUES
from transforms.cues.qualifiers import QUALIFIER_CUES
from transforms.cues.routes import ROUTE_CUES
from transforms.cues.statuses import HEADLINE_FUTURE, PRESENT_MOVEMENT, STATUS_CUES
from transforms.cues.traps import TRAP_CUES

ALL_CUES: tuple[Cue, ...] = (
    *COUNT_CUES,
    *ELISION_CUES,
    *QUALIFIER_CUES,
    *STATUS_CUES,
    PRESENT_MOVEMENT,
    HEADLINE_FUTURE,
    *TRAP_CUES,
    *ROUTE_CUES,
    *LIST_LINE_CUES,
    *PERIOD_CUES,
    *BOILERPLATE_CUES,
)
