#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Writes the drawer_*.txt scripts: the throws that land in each place, computed with
# the physics' own steps (as Slingshot::preview), for the mouse (a pull at 45°) and
# the keyboard (Space held n steps at the starting aim). Run from the project root
# after changing the slingshot, the places or the drawer's order for seed 7.
import math
REST=(12.0,6.4); MAXPULL=2.4; MAXSPEED=13.0
def land(vx,vy,yt=2.4):
    x,y=REST; dt=1/60
    for i in range(1200):
        vy+=-9.8*dt; x+=vx*dt; y+=vy*dt
        if vy<0 and y<yt: return x
def solve(f,target):
    lo,hi=0.05,1.0
    for _ in range(60):
        m=(lo+hi)/2
        if f(m)<target: lo=m
        else: hi=m
    return m
CENTRE={'trash':15.8,'give':19.4,'repair':23.0,'collect':26.6,'boat':30.45,'short':13.6}
def mouse_pull(place):
    a=math.radians(45)
    s=solve(lambda s: land(MAXSPEED*s*math.cos(a),MAXSPEED*s*math.sin(a)), CENTRE[place])
    d=s*MAXPULL
    return REST[0]-d*math.cos(a), REST[1]-d*math.sin(a)
def key_steps(place, ang=0.7):
    s=solve(lambda s: land(MAXSPEED*s*math.cos(ang),MAXSPEED*s*math.sin(ang)), CENTRE[place])
    return round(s*96)
PLACE={'w':'give','c':'repair','b':'repair','d':'collect'}
homes=[0.95+0.98*i for i in range(9)]
# Whole pixels of the 1280-wide screen (1/40 m): a window's mouse gives the same points.
def px(v): return f"{round(v*40)/40:.3f}".rstrip('0').rstrip('.')
HEAD={'win':["# Le Tiroir, a winning run for 6–8 with the mouse: each phone is tugged up",
"# out of the drawer (pressed, pulled 1.8 m up, held), then the slingshot's",
"# pouch is pulled back and let go towards its place: the working phones to",
"# the gift box, the cracked one and the worn battery to the toolbox, the dead",
"# ones to the collection box. The drawer's order is seed 7's (wdbcdw).",
"# Run: mobi2070 --headless --level drawer --input tests/scripts/drawer_win.txt --seed 7",
"option age young"],
'detours':["# Le Tiroir for 6–8 with the mouse, with every wrong place on the way: the",
"# first phone (it works) goes to the mysterious boat (its tracker crosses the",
"# sea, then it comes back), then to the household bin (back it comes, with a",
"# word), then to the gift box; the second (dead) falls short on the floor and",
"# comes back, then goes to the collection box; the rest go straight to their",
"# places. The drawer's order is seed 7's (wdbcdw).",
"# Run: mobi2070 --headless --level drawer --input tests/scripts/drawer_detours.txt --seed 7",
"option age young"],
'older':["# Le Tiroir for 9–12 with the mouse, all nine phones straight to their places",
"# (seed 7's drawer: wcddwdwbw).",
"# Run: mobi2070 --headless --level drawer --input tests/scripts/drawer_older.txt --seed 7",
"option age older"]}
def mouse_script(name, order, detours):
    lines=list(HEAD[name]); t=30
    for i,st in enumerate(order):
        lines += [f"{t} pointer @phone{i+1}", f"{t+2} down", f"{t+6} pointer {px(homes[i])} 8.4", f"{t+40} up"]
        t+=80
        for th in detours.get(i,[])+[PLACE[st]]:
            x,y=mouse_pull(th)
            lines += [f"{t} pointer @sling.rest", f"{t+2} down", f"{t+10} pointer {px(x)} {px(y)}", f"{t+30} up"]
            t += 180 + (480 if th=='boat' else 0) + (60 if th=='short' else 0)
        t+=20
    lines.append(f"{t+200} end")
    open(f'tests/scripts/drawer_{name}.txt','w').write("\n".join(lines)+"\n")
def keys_script(order):
    lines=["# Le Tiroir with the keyboard alone, for 6–8: Tab puts the hand on the first",
    "# phone in the drawer, Space takes it, ↑ held tugs it up and out (the hand",
    "# goes up 7 m/s); in the slingshot the aim stays as it starts (40°) and",
    "# Space is held longer the further the place: the gift box, the toolbox, the",
    "# collection box. The drawer's order is seed 7's (wdbcdw).",
    "# Run: mobi2070 --headless --level drawer --input tests/scripts/drawer_keys.txt --seed 7",
    "option age young"]
    t=30
    for i,st in enumerate(order):
        lines += [f"{t} cycle", f"{t+2} tap action", f"{t+6} press up", f"{t+36} release up"]
        t+=90
        n=key_steps(PLACE[st])
        lines += [f"{t} press action", f"{t+n} release action"]
        t+=n+190
    lines.append(f"{t+200} end")
    open('tests/scripts/drawer_keys.txt','w').write("\n".join(lines)+"\n")
mouse_script('win','wdbcdw',{})
mouse_script('detours','wdbcdw',{0:['boat','trash'],1:['short']})
mouse_script('older','wcddwdwbw',{})
keys_script('wdbcdw')
