"""The project's top-level import names (the folders the design card names) belong to it alone in the environment it runs in."""

from __future__ import annotations

import importlib.metadata
import importlib.util

from tests.conftest import PROJECT_DIR

TOP_LEVEL = ("flows", "transforms", "schemas", "warehouse")


def test_no_other_installed_distribution_provides_or_shadows_a_top_level_name() -> None:
    providers = importlib.metadata.packages_distributions()
    for name in TOP_LEVEL:
        assert set(providers.get(name, [])) == {"flightwatch"}, f"{name} is also installed by {providers[name]}"
        spec = importlib.util.find_spec(name)
        assert spec is not None and spec.origin is not None and spec.origin.startswith(str(PROJECT_DIR)), f"{name} is imported from {spec and spec.origin}"
