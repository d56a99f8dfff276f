"""newsfacts: news articles turned into tidy, validated, citable tables."""
