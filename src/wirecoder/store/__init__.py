"""Storage and analysis of records in DuckDB."""
