"""HTTP views (Flask blueprints); thin: they call sparql/ and graph/."""
