"""The data model: SQLAlchemy tables and the pydantic records the parser produces."""
