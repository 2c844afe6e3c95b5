import token
print(token.tok_name == {k: v for k, v in token.tok_name.items()}, len(token.tok_name), token.OP, token.NAME, token.EXACT_TOKEN_TYPES["**="], token.ISTERMINAL(5), token.ISEOF(0), sorted(token.__all__)[:8], len(token.__all__))
print(token.tok_name[54], token.N_TOKENS, token.NT_OFFSET)
