"""`newsl10n models`: placeholder until the engine issue lands."""
