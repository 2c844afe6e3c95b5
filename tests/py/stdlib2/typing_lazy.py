import typing
print(typing.Pattern, typing.ContextManager[int], typing.AsyncContextManager)
from typing import Match
print(Match)
try:
    typing.Nope
except AttributeError as e:
    print(e)
