"""wirecoder: news articles in, structured records out (see shared/contract.md)."""

from wirecoder.pipeline import Pipeline, extract
from wirecoder.record import SCHEMA, ArticleRecord

__all__ = ["Pipeline", "extract", "ArticleRecord", "SCHEMA", "__version__"]
__version__ = "0.1.0"
