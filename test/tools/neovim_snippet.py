#!/usr/bin/env python3
"""Writes an init.lua for a headless Neovim test of docs/editors.md.

  neovim_snippet.py DOCS HEADING CORO_CLANGD OUT RESULT

Takes the first ```lua block after the heading HEADING of DOCS, as a user
would paste it, points it at CORO_CLANGD, and appends a driver that waits
(40 s at most) for coro-* diagnostics in the current buffer, writes them to
RESULT as "<line>:<col> <code> <message>" lines, and quits.
"""
import sys

DRIVER = r'''
-- The test's driver (not part of the documented configuration).
local deadline = vim.loop.now() + 40000
local function poll()
  local ours = {}
  for _, d in ipairs(vim.diagnostic.get(0)) do
    local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
    if tostring(code or ''):match('^coro%-') then
      table.insert(ours, string.format('%d:%d %s %s', d.lnum + 1, d.col + 1,
                                       code, d.message))
    end
  end
  if #ours > 0 or vim.loop.now() > deadline then
    vim.fn.writefile(ours, RESULT)
    vim.cmd('qa!')
  else
    vim.defer_fn(poll, 200)
  end
end
vim.defer_fn(poll, 200)
'''


def main():
    docs, heading, clangd, out, result = sys.argv[1:]
    text = open(docs).read()
    start = text.index("\n" + heading + "\n")
    block = text.index("```lua\n", start) + len("```lua\n")
    code = text[block:text.index("```", block)]
    code = code.replace("/usr/local/bin/coro-clangd", clangd)
    with open(out, "w") as f:
        f.write("RESULT = %r\n" % result + code + DRIVER)


if __name__ == "__main__":
    main()
