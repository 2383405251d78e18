"""bibagreements: collaboration agreements of Swedish regional library units."""

__version__ = "0.1.0"
