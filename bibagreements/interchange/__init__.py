"""The versioned JSON interchange format (see resources/schemas/)."""

FORMAT_NAME = "bibagreements"
FORMAT_VERSION = 1
SCHEMA_FILE = "bibagreements-1.schema.json"
