"""The domain's shared values, named once: what a flight figure can say and why a file can be refused.

The extractors (``transforms``) produce these values and the warehouse's models (``schemas``) check
them; both import this module, which imports nothing heavy, so loading the extractors never loads
pandera. Each enum's members compare equal to their string values, as the warehouse stores them.
"""

from __future__ import annotations

from enum import StrEnum

import pycountry


class Qualifier(StrEnum):
    """How a stated count relates to the truth: 'more than 40' is ``MORE_THAN`` 40, '30 to 40' a ``RANGE``."""

    EXACT = "exact"
    APPROX = "approx"
    MORE_THAN = "more_than"
    AT_LEAST = "at_least"
    AT_MOST = "at_most"
    LESS_THAN = "less_than"
    RANGE = "range"


class Status(StrEnum):
    """What happened to the flights a figure counts, as the text tells it."""

    COMPLETED = "completed"
    PLANNED = "planned"
    DENIED = "denied"
    CANCELLED = "cancelled"
    UNKNOWN = "unknown"


class RowRole(StrEnum):
    """What a list's labels name: the countries its flights went to, or came from."""

    DESTINATION = "destination"
    ORIGIN = "origin"


class Breakdown(StrEnum):
    """What a list breaks its flights down by: its labels are countries, days, months, airports, departure
    cities or airlines."""

    COUNTRY = "country"
    DAY = "day"
    MONTH = "month"
    AIRPORT = "airport"
    DEPARTURE = "departure"
    AIRLINE = "airline"


class DateSource(StrEnum):
    """Where a document's publication date came from (transforms.supplied)."""

    TEXT = "text"
    SUPPLIED = "supplied"
    URL = "url"


class Precision(StrEnum):
    """How precisely a date or period is stated."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"


class InputFormat(StrEnum):
    """How a source file's bytes are read: as text (plain or Markdown) or as an HTML page."""

    TEXT = "text"
    HTML = "html"


class QuarantineReason(StrEnum):
    """Why a file was refused; quarantine.reason and source_refusals.reason hold exactly these."""

    EMPTY = "empty"
    BINARY = "binary"
    UNDECODABLE = "undecodable"
    TOO_LARGE = "too_large"
    OUTSIDE_SOURCE = "outside_source"
    UNREADABLE = "unreadable"
    DUPLICATE = "duplicate"
    EXTRACT_ERROR = "extract_error"
    TOO_SLOW = "too_slow"
    FAILED_VALIDATION = "failed_validation"


# ISO 3166-1 alpha-2, and Kosovo's XK, the user-assigned code in common use for it.
ISO_ALPHA2: frozenset[str] = frozenset(country.alpha_2 for country in pycountry.countries) | {"XK"}
# A list line that groups the remaining countries ("Otros países – 3"): not one country, never added to one.
OTHER_LABEL = (
    r"otr[oa]s(?:\s+(?:pa[ií]ses|destinos|nacionalidades))?|others?|other (?:countries|destinations|"
    r"nationalities)|resto|dem[aá]s|outr[oa]s(?:\s+(?:pa[ií]ses|destinos|nacionalidades))?"
)
