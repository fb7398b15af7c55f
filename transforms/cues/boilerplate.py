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
BOILERPLATE_CUES = (RIGHTS_RESERVED,)
