"""Hypothesis profiles: a modest one for the test command, a long one for a deliberate run.

Choose with HYPOTHESIS_PROFILE=long (or pytest's --hypothesis-profile=long, which the root
conftest makes possible by importing this module's profiles early).
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

# Pages run through AppTest take about a second each: a handful of datasets keeps the suite
# within minutes on two cores, while the loader's properties can afford hundreds of examples.
settings.register_profile(
    "ci",
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile(
    "long",
    max_examples=500,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "ci")
settings.load_profile(PROFILE)
# Datasets walked through every page (each costs ~20 s of AppTest on two cores).
PAGE_EXAMPLES = {"ci": 3, "long": 60}.get(PROFILE, 3)
