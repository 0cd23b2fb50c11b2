"""`newsl10n glossary`: placeholder until the glossary issue lands."""
