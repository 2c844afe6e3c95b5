"""A small ecosystem simulation: dataclasses + random + enum + statistics.

Rabbits and foxes wander on a torus grid; rabbits eat grass, foxes eat
rabbits, both breed and starve.  Everything is driven by one seeded
Random, so the run is deterministic and must match CPython exactly.
"""
from __future__ import annotations

import random
import statistics
from dataclasses import dataclass, field, asdict, replace
from enum import Enum, auto
from typing import ClassVar, Dict, List, Optional, Tuple


class Kind(Enum):
    RABBIT = auto()
    FOX = auto()

    @property
    def symbol(self) -> str:
        return "r" if self is Kind.RABBIT else "F"


@dataclass(frozen=True, order=True)
class Pos:
    x: int
    y: int

    def moved(self, dx: int, dy: int, size: int) -> Pos:
        return Pos((self.x + dx) % size, (self.y + dy) % size)


@dataclass
class Animal:
    kind: Kind
    pos: Pos
    energy: float
    age: int = 0
    ident: int = field(default=0, compare=False)
    history: List[Pos] = field(default_factory=list, repr=False)

    counter: ClassVar[int] = 0

    def __post_init__(self) -> None:
        Animal.counter += 1
        self.ident = Animal.counter

    @property
    def alive(self) -> bool:
        return self.energy > 0


@dataclass
class Config:
    size: int = 12
    rabbits: int = 30
    foxes: int = 6
    grass_regrow: float = 0.08
    rabbit_breed: float = 6.0
    fox_breed: float = 14.0
    steps: int = 40


@dataclass
class Stats:
    step: int
    rabbits: int
    foxes: int
    grass: int
    mean_energy: Optional[float] = None


DIRS: Tuple[Tuple[int, int], ...] = ((0, 1), (1, 0), (0, -1), (-1, 0), (0, 0))


class World:
    def __init__(self, cfg: Config, seed: int) -> None:
        self.cfg = cfg
        self.rng = random.Random(seed)
        self.grass: Dict[Pos, bool] = {}
        for x in range(cfg.size):
            for y in range(cfg.size):
                self.grass[Pos(x, y)] = self.rng.random() < 0.5
        self.animals: List[Animal] = []
        for _ in range(cfg.rabbits):
            self.animals.append(Animal(Kind.RABBIT, self.random_pos(), self.rng.uniform(2, 5)))
        for _ in range(cfg.foxes):
            self.animals.append(Animal(Kind.FOX, self.random_pos(), self.rng.uniform(6, 10)))
        self.log: List[Stats] = []

    def random_pos(self) -> Pos:
        return Pos(self.rng.randrange(self.cfg.size), self.rng.randrange(self.cfg.size))

    def step(self, n: int) -> None:
        rng = self.rng
        rng.shuffle(self.animals)
        newborn: List[Animal] = []
        by_pos: Dict[Pos, List[Animal]] = {}
        for a in self.animals:
            if not a.alive:
                continue
            dx, dy = rng.choice(DIRS)
            a.history.append(a.pos)
            a.pos = a.pos.moved(dx, dy, self.cfg.size)
            a.age += 1
            a.energy -= 0.5 if a.kind is Kind.RABBIT else 0.8
            by_pos.setdefault(a.pos, []).append(a)
        for pos, group in sorted(by_pos.items()):
            rabbits = [a for a in group if a.kind is Kind.RABBIT and a.alive]
            foxes = [a for a in group if a.kind is Kind.FOX and a.alive]
            for fox in foxes:
                if rabbits:
                    prey = rabbits.pop(rng.randrange(len(rabbits)))
                    fox.energy += prey.energy * 0.6 + rng.gauss(1.0, 0.25)
                    prey.energy = 0
            for r in rabbits:
                if self.grass.get(pos):
                    r.energy += 1.5
                    self.grass[pos] = False
        for a in self.animals:
            limit = self.cfg.rabbit_breed if a.kind is Kind.RABBIT else self.cfg.fox_breed
            if a.alive and a.energy > limit and rng.random() < 0.7:
                a.energy /= 2
                child = replace(a, energy=a.energy, age=0, history=[])
                newborn.append(child)
        self.animals = [a for a in self.animals if a.alive and a.age < 30] + newborn
        for pos, has in self.grass.items():
            if not has and rng.random() < self.cfg.grass_regrow:
                self.grass[pos] = True
        energies = [a.energy for a in self.animals]
        self.log.append(Stats(n, self.count(Kind.RABBIT), self.count(Kind.FOX),
                              sum(self.grass.values()),
                              round(statistics.fmean(energies), 6) if energies else None))

    def count(self, kind: Kind) -> int:
        return sum(1 for a in self.animals if a.kind is kind)

    def render(self) -> str:
        rows = []
        occupied = {a.pos: a.kind.symbol for a in self.animals}
        for y in range(self.cfg.size):
            row = ""
            for x in range(self.cfg.size):
                p = Pos(x, y)
                row += occupied.get(p, "." if self.grass[p] else " ")
            rows.append(row)
        return "\n".join(rows)


def run(seed: int, cfg: Config) -> World:
    w = World(cfg, seed)
    for n in range(cfg.steps):
        w.step(n)
        if not w.animals:
            break
    return w


cfg = Config()
print(cfg)
for seed in (1, 7, 2024):
    Animal.counter = 0
    w = run(seed, cfg)
    print("seed", seed, "steps", len(w.log), "animals", len(w.animals), "ids up to", Animal.counter)
    for s in w.log[::8]:
        print("  ", s)
    last = w.log[-1]
    print("  last", asdict(last))
    rabbits = [s.rabbits for s in w.log]
    foxes = [s.foxes for s in w.log]
    print("  rabbits mean/median/max", round(statistics.mean(rabbits), 4), statistics.median(rabbits), max(rabbits))
    if len(set(foxes)) > 1:
        print("  fox stdev", round(statistics.stdev(foxes), 6))
    oldest = max(w.animals, key=lambda a: (a.age, a.ident), default=None)
    if oldest is not None:
        print("  oldest", oldest, "travelled", len(oldest.history), "first", oldest.history[:2])
    print(w.render())

small = replace(cfg, size=6, rabbits=8, foxes=2, steps=15)
Animal.counter = 0
w = run(99, small)
print(small, [(s.rabbits, s.foxes) for s in w.log])
print(sorted({a.pos for a in w.animals})[:5], Pos(1, 2) < Pos(1, 3), Kind.FOX, Kind.RABBIT.symbol)
