"""Format readers: each turns file bytes into text plus blocks whose offsets point into that text."""
