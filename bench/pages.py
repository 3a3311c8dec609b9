"""The pages the benchmarks visit: (name, AppTest page file or None for home, URL path)."""

from app_pages.registry import PAGES as REGISTRY

PAGES = [(spec.stem, None if spec.default else spec.file, spec.url_path) for spec in REGISTRY]
