"""Publication as linked open data: dumps, VoID, a DCAT-AP-NL catalogue and SHACL validation.

Everything here reads the store through the narrow Store interface, so it works on the
embedded store and on remote SPARQL stores alike.
"""
