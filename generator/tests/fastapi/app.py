"""A small FastAPI app: the OpenAPI 3.1 producer of the generator's tests.

`python3 app.py` prints the app's OpenAPI document (checked in as `openapi.json` next to this
file, and generated into the fixture crate `generator/tests/crates/fastapi`); the crate's tests
run the app with uvicorn on 127.0.0.1 and call it with the generated client.
"""

import enum
import json
import sys
from typing import Optional

from fastapi import FastAPI, File, Form, HTTPException, Query, UploadFile
from pydantic import BaseModel, Field

app = FastAPI(title="Pet shop", version="1.0.0", summary="The FastAPI fixture of the generator's tests.")


class Kind(str, enum.Enum):
    cat = "cat"
    dog = "dog"


class Owner(BaseModel):
    name: str
    phone: Optional[str] = None


class PetIn(BaseModel):
    name: str = Field(min_length=1, examples=["Tom"])
    kind: Kind
    age: Optional[int] = None
    tags: list[str] = []
    owner: Optional[Owner] = None


class Pet(PetIn):
    id: int


PETS: dict[int, Pet] = {}


@app.post("/pets", status_code=201)
def create_pet(pet: PetIn) -> Pet:
    created = Pet(id=len(PETS) + 1, **pet.model_dump())
    PETS[created.id] = created
    return created


@app.get("/pets/{pet_id}")
def read_pet(pet_id: int) -> Pet:
    if pet_id not in PETS:
        raise HTTPException(status_code=404, detail=f"no pet {pet_id}")
    return PETS[pet_id]


@app.get("/pets")
def list_pets(
    kind: Optional[Kind] = None,
    tag: list[str] = Query(default=[]),
    limit: int = Query(default=10, ge=1, le=100),
) -> list[Pet]:
    pets = [p for p in PETS.values() if kind is None or p.kind == kind]
    pets = [p for p in pets if all(t in p.tags for t in tag)]
    return pets[:limit]


@app.post("/pets/{pet_id}/photo")
async def upload_photo(pet_id: int, file: UploadFile = File(...), caption: Optional[str] = Form(None)) -> dict:
    data = await file.read()
    return {"pet_id": pet_id, "filename": file.filename, "size": len(data), "caption": caption}


@app.post("/login")
def login(username: str = Form(...), password: str = Form(...)) -> dict:
    if password != "secret":
        raise HTTPException(status_code=401, detail="wrong password")
    return {"user": username}


if __name__ == "__main__":
    json.dump(app.openapi(), sys.stdout, indent=2, sort_keys=True)
    sys.stdout.write("\n")
