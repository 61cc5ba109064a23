#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""Summarise the guest logs of 'make check'.

Usage: results.py ARCH=LOG [ARCH=LOG ...]

Each LOG is a guest console log holding the KTAP output of the built-in KUnit
suites and, between CR-SELFTEST-BEGIN/END markers, the TAP output of each
selftest. Prints a line per suite and per arch, then one closing line
"N passed, N failed" over every test case of every arch. Exits non-zero if a
test failed, a suite did not finish, an arch ran no test, or a log is missing.
"""
import re
import sys

RESULT = re.compile(r'^(\s*)(not ok|ok) (\d+)\s*(?:- )?([^#]*?)\s*(#.*)?$')
PLAN = re.compile(r'^(\s*)1\.\.(\d+)')
PREFIX = re.compile(r'^\[\s*\d+\.\d+\]\s?')


def is_skip(directive):
    return bool(directive) and re.match(r'#\s*SKIP', directive, re.I) is not None


def parse_tap(lines):
    """Parse (K)TAP. Returns (suites, problems): suites is a list of
    [name, passed, failed, skipped] for each top-level result; leaf results
    are the test cases counted. A missing top-level result (crash) is a
    problem."""
    suites = []
    problems = []
    children = {}          # indent -> results seen at that depth since its parent
    leaves = []            # (indent, status) of leaf results not yet assigned
    top_plan = None
    top_indent = None
    for raw in lines:
        line = PREFIX.sub('', raw.rstrip('\n'))
        m = PLAN.match(line)
        if m:
            ind = len(m.group(1))
            if top_indent is None or ind < top_indent:
                top_indent, top_plan = ind, int(m.group(2))
            continue
        m = RESULT.match(line)
        if not m:
            continue
        ind = len(m.group(1))
        status = 'skip' if is_skip(m.group(5)) else ('pass' if m.group(2) == 'ok' else 'fail')
        deeper = [i for i in children if i > ind and children[i]]
        for i in deeper:
            children[i] = 0
        if not deeper:
            leaves.append((ind, status, m.group(4)))
        children[ind] = children.get(ind, 0) + 1
        if top_indent is not None and ind == top_indent:
            mine = leaves
            leaves = []
            p = sum(1 for l in mine if l[1] == 'pass')
            f = sum(1 for l in mine if l[1] == 'fail')
            s = sum(1 for l in mine if l[1] == 'skip')
            if status == 'fail' and f == 0:
                f = 1          # a failed suite with no failed case: count it
            suites.append([m.group(4) or 'unnamed', p, f, s])
    if top_plan is not None and len(suites) < top_plan:
        problems.append('%d of %d planned results missing (crash or hang?)'
                        % (top_plan - len(suites), top_plan))
    return suites, problems


def split_log(path):
    kunit, selftests, host = [], [], []
    cur = None
    with open(path, errors='replace') as f:
        for line in f:
            line = line.rstrip('\n')
            m = re.match(r'^CR-SELFTEST-BEGIN (\S+)', line)
            if m:
                cur = [m.group(1), [], None]
                selftests.append(cur)
                continue
            m = re.match(r'^CR-SELFTEST-END (\S+) rc=(\d+)', line)
            if m and cur:
                cur[2] = int(m.group(2))
                cur = None
                continue
            if line.startswith('CR-HOST-PROBLEM '):
                host.append(line[len('CR-HOST-PROBLEM '):])
                continue
            if cur is not None:
                cur[1].append(line)
            elif not line.startswith('CR-'):
                kunit.append(line)
    return kunit, selftests, host


def main(args):
    total_p = total_f = total_s = 0
    bad = []
    if not args:
        print('usage: results.py ARCH=LOG ...', file=sys.stderr)
        return 2
    for arg in args:
        arch, _, path = arg.partition('=')
        try:
            kunit, selftests, host = split_log(path)
        except OSError as e:
            bad.append('%s: no log (%s)' % (arch, e))
            print('%s: no log: %s' % (arch, e))
            continue
        ap = af = ask = 0
        bad.extend('%s: %s' % (arch, h) for h in host)
        suites, problems = parse_tap(kunit)
        for name, p, f, s in suites:
            print('%-7s kunit    %-40s %s (%d passed, %d failed, %d skipped)'
                  % (arch, name, 'FAIL' if f else 'ok', p, f, s))
            ap, af, ask = ap + p, af + f, ask + s
        for pr in problems:
            print('%-7s kunit    %s' % (arch, pr))
            bad.append('%s kunit: %s' % (arch, pr))
        if not suites:
            bad.append('%s: no KUnit results' % arch)
        for name, lines, rc in selftests:
            st, pr = parse_tap(lines)
            p = sum(x[1] for x in st)
            f = sum(x[2] for x in st)
            s = sum(x[3] for x in st)
            if rc is None:
                pr.append('did not finish')
            elif rc not in (0, 4) and f == 0:
                pr.append('exited with status %d' % rc)
            if pr:
                f += 1
            if p + f + s == 0:
                f = 1
                pr.append('reported no test')
            print('%-7s selftest %-40s %s (%d passed, %d failed, %d skipped)%s'
                  % (arch, name, 'FAIL' if f else 'ok', p, f, s,
                     ''.join('; ' + x for x in pr)))
            ap, af, ask = ap + p, af + f, ask + s
        print('%-7s total    %d passed, %d failed, %d skipped' % (arch, ap, af, ask))
        if ap + af == 0:
            bad.append('%s: no test ran' % arch)
        total_p, total_f, total_s = total_p + ap, total_f + af, total_s + ask
    for b in bad:
        print('problem: ' + b)
    print('%d passed, %d failed' % (total_p, total_f + len(bad)))
    return 1 if (total_f or bad or total_p == 0) else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
