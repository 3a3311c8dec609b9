"""The career-map domain: dataset models, safe loading, the ladder graph. No Streamlit here."""

from careers.dataset.loading import DEFAULT_DATASET, load_dataset
from careers.dataset.models import Dataset
from careers.dataset.problems import DatasetError, Problem

__all__ = ["DEFAULT_DATASET", "Dataset", "DatasetError", "Problem", "load_dataset"]
