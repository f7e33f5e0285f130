# The helpers every held-out set's make-gold.py writes its hand annotation with: date intervals
# (day, month, year, week), spans by text and occurrence (dates, attributions, entity mentions,
# places), claims with their slot values, and quantities. Each set imports them from here.
import datetime as dt

def d(s):
    a = dt.date.fromisoformat(s); return {"start": s, "end": (a + dt.timedelta(days=1)).isoformat(), "precision": "day"}
def m(s):
    y, mo = map(int, s.split("-")); e = (y + (mo == 12), mo % 12 + 1)
    return {"start": f"{y:04d}-{mo:02d}-01", "end": f"{e[0]:04d}-{e[1]:02d}-01", "precision": "month"}
def y(n): return {"start": f"{n}-01-01", "end": f"{n+1}-01-01", "precision": "year"}
def w(s, e): return {"start": s, "end": e, "precision": "week"}
def D(text, interval, occ=0): return {"text": text, "occurrence": occ, "interval": interval}
def A(text, kind, entity=None, occ=0): return {"text": text, "occurrence": occ, "kind": kind, "entity": entity}
def E(text, entity, occ=None):
    return {"text": text, "entity": entity, "all": True} if occ is None else {"text": text, "entity": entity, "occurrence": occ}
def P(text, occ=None):
    return {"text": text, "all": True} if occ is None else {"text": text, "occurrence": occ}
def C(text, kind, date=None, place=None, participants=None, quantity=None, occ=0):
    c = {"text": text, "occurrence": occ, "kind": kind}
    if date is not None: c["date"] = date
    if place is not None: c["place"] = place if isinstance(place, list) else [place]
    if participants: c["participants"] = participants
    if quantity: c["quantity"] = quantity
    return c
def Q(amount, unit): return {"amount": amount, "unit": unit}
UNRESOLVED = "unresolved"
