# Exits cleanly without the expected output.
pass
