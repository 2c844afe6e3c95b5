from http import HTTPStatus, HTTPMethod
import http
print(len(HTTPStatus), len(HTTPStatus.__members__), HTTPStatus.OK, repr(HTTPStatus.OK), HTTPStatus.OK.phrase, HTTPStatus.NOT_FOUND.description, HTTPStatus(404), HTTPStatus(418).name, f"{HTTPStatus.CREATED}", HTTPStatus.OK == 200, HTTPStatus.OK + 1, int(HTTPStatus.BAD_REQUEST))
for s in list(HTTPStatus)[:5]: print(s.value, s.name, s.phrase)
print([m for m in HTTPMethod], HTTPMethod.GET, repr(HTTPMethod.POST), HTTPMethod.GET.description, HTTPMethod("PUT"), HTTPMethod.GET == "GET", http.__all__)
try: HTTPStatus(999)
except ValueError as e: print(e)
print(HTTPStatus.REQUEST_ENTITY_TOO_LARGE if hasattr(HTTPStatus, "REQUEST_ENTITY_TOO_LARGE") else "", sorted(HTTPStatus.__members__)[:3])
