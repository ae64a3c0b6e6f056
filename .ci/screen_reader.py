"""The screen-reader check: starts Pilares in Portuguese, reads its window through AT-SPI as
Orca does, and drives it by the actions a screen reader offers. Exits 1 with the reason when
something a blind user needs is missing. Run by .ci/screen-reader inside a D-Bus session.

Usage: screen_reader.py BINARY
"""
import os
import subprocess
import sys
import tempfile
import time

import pyatspi
from gi.repository import Gio, GLib

INTERACTIVE = {"push button", "toggle button", "check box", "radio button", "combo box",
               "text", "entry", "slider", "spin button", "link", "menu item"}


def fail(why):
    print(f"screen-reader: FAIL: {why}")
    sys.exit(1)


def app_node(timeout):
    """The app's accessible, once it has registered on the bus; None after `timeout` s."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        desk = pyatspi.Registry.getDesktop(0)
        for i in range(desk.childCount):
            a = desk.getChildAtIndex(i)
            if a is not None and a.name == "pilares":
                return a
        time.sleep(0.5)
    return None


def nodes(acc, depth=0):
    try:
        yield depth, acc
        for i in range(acc.childCount):
            child = acc.getChildAtIndex(i)
            if child is not None:
                yield from nodes(child, depth + 1)
    except Exception:
        return


def snapshot(app):
    # A node can go between being listed and being read (the window rebuilds its tree as the
    # view changes): it is left out, and the caller looks again.
    tree = []
    for d, n in nodes(app):
        try:
            tree.append((d, n.getRoleName(), n.name or "", n))
        except Exception:
            continue
    return tree


def wait_for(app, predicate, what, timeout=15):
    deadline = time.time() + timeout
    while time.time() < deadline:
        tree = snapshot(app)
        if predicate(tree):
            return tree
        time.sleep(0.3)
    dump(tree)
    fail(f"never saw {what}")


def dump(tree):
    for d, role, name, _ in tree:
        print("  " * d + f"[{role}] {name}")


def unnamed(tree):
    return [(role, d) for d, role, name, _ in tree if role in INTERACTIVE and not name.strip()]


def press(tree, role, name):
    for _, r, n, node in tree:
        if r == role and n.startswith(name):
            action = node.queryAction()
            for i in range(action.nActions):
                if action.getName(i) in ("click", "press", "activate", "default"):
                    action.doAction(i)
                    return
            action.doAction(0)
            return
    dump(tree)
    fail(f"no {role} named {name!r}")


def frame_name(tree):
    return next((n for _, r, n, _ in tree if r == "frame"), None)


def enable_accessibility():
    """Tells the session that an assistive technology is listening, as Orca does at start."""
    bus = Gio.bus_get_sync(Gio.BusType.SESSION, None)
    bus.call_sync("org.a11y.Bus", "/org/a11y/bus", "org.freedesktop.DBus.Properties", "Set",
                  GLib.Variant("(ssv)", ("org.a11y.Status", "IsEnabled", GLib.Variant("b", True))),
                  None, Gio.DBusCallFlags.NONE, 5000, None)


def start(binary, home):
    env = dict(os.environ, HOME=home, XDG_DATA_HOME=os.path.join(home, "data"),
               LANG="pt_BR.UTF-8", LC_ALL="pt_BR.UTF-8")
    log = open(os.path.join(home, "app.log"), "a")
    return subprocess.Popen([binary], env=env, stdout=log, stderr=log)


enable_accessibility()
pyatspi.Registry.getDesktop(0)  # the registry is up before the app looks for it
home = tempfile.mkdtemp()
proc = start(sys.argv[1], home)
try:
    app = app_node(15)
    if app is None:
        # An app that starts while the accessibility bus is still settling can miss it (seen
        # about once in ten cold starts here); a second start shows whether that was all.
        print("screen-reader: the app did not register in 15 s; starting it once more")
        proc.kill()
        proc.wait()
        proc = start(sys.argv[1], home)
        app = app_node(30)
    if app is None:
        fail(f"no application named pilares on the accessibility bus; log: {home}/app.log")
    checked = 0

    # The start screen, in Portuguese (the system locale): a named window and named controls.
    tree = wait_for(app, lambda t: any(n == "Começar uma nova avaliação" for _, _, n, _ in t),
                    "the start screen in Portuguese")
    if frame_name(tree) != "Pilares":
        fail(f"the window is named {frame_name(tree)!r}, not 'Pilares'")
    if unnamed(tree):
        fail(f"controls without a name on the start screen: {unnamed(tree)}")
    checked += len(tree)

    # Start an assessment by the button's own action, as a screen reader user does.
    press(tree, "push button", "Começar uma nova avaliação")
    tree = wait_for(app, lambda t: any(n == "País" for _, _, n, _ in t), "the team form")
    if not (frame_name(tree) or "").endswith("— Pilares"):
        fail(f"the window is named {frame_name(tree)!r} with an assessment open")
    if unnamed(tree):
        fail(f"controls without a name in the team form: {unnamed(tree)}")
    checked += len(tree)

    # The first question: the rubric levels are radio buttons named with their descriptor.
    press(tree, "push button", "Começar as perguntas")
    tree = wait_for(app, lambda t: sum(r == "radio button" for _, r, _, _ in t) >= 4,
                    "the rubric choices")
    radios = [(n, node) for _, r, n, node in tree if r == "radio button"]
    if not any(n.startswith("2 · Emergente") for n, _ in radios):
        dump(tree)
        fail("no rubric choice named '2 · Emergente …'")
    if unnamed(tree):
        fail(f"controls without a name on a question: {unnamed(tree)}")
    checked += len(tree)
    press(tree, "radio button", "2 · Emergente")
    wait_for(app, lambda t: any(r == "radio button" and n.startswith("2 · Emergente")
                                and node.getState().contains(pyatspi.STATE_CHECKED)
                                for _, r, n, node in t),
             "the chosen level reported as checked")

    print(f"screen-reader: ok: {checked} accessible nodes read in Portuguese; window named; "
          f"every control named; {len(radios)} rubric choices; a level chosen and reported checked")
finally:
    proc.kill()
    proc.wait()
