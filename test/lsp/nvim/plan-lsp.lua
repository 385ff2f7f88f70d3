-- Run by test/lsp/nvim.test.ts: Neovim's built-in LSP client opens a plan with `plan lsp` attached, waits for its
-- diagnostics, asks for a definition, and writes what it got as JSON. Neovim 0.8+ has vim.lsp.start; Debian 12's
-- 0.7 has start_client + buf_attach_client, the same client underneath.
local env = vim.env
local published = nil
local config = {
  name = 'plan',
  cmd = { env.PLAN_NODE, env.PLAN_BIN, 'lsp', '--stdio' },
  root_dir = env.PLAN_ROOT,
  handlers = {
    ['textDocument/publishDiagnostics'] = function(err, result, ctx, conf)
      if #result.diagnostics > 0 then published = result end
      return vim.lsp.diagnostic.on_publish_diagnostics(err, result, ctx, conf)
    end,
  },
}

local function finish(result)
  local file = io.open(env.PLAN_RESULT, 'w')
  file:write(vim.fn.json_encode(result))
  file:close()
  vim.cmd('qa!')
end

vim.cmd('edit ' .. vim.fn.fnameescape(env.PLAN_FILE))
local bufnr = vim.api.nvim_get_current_buf()
local client_id
if vim.lsp.start then
  client_id = vim.lsp.start(config)
else
  client_id = vim.lsp.start_client(config)
  vim.lsp.buf_attach_client(bufnr, client_id)
end

-- Waits for the server's diagnostics (an event, with a generous ceiling for a loaded machine), not for a time.
local arrived = vim.wait(150000, function() return published ~= nil end, 20)
if not arrived then return finish({ error = 'no diagnostics were published' }) end

local shown = {}
for _, d in ipairs(vim.diagnostic.get(bufnr)) do
  table.insert(shown, { line = d.lnum, col = d.col, message = d.message })
end

local params = {
  textDocument = { uri = vim.uri_from_bufnr(bufnr) },
  position = { line = tonumber(env.PLAN_DEF_LINE), character = tonumber(env.PLAN_DEF_CHARACTER) },
}
local answers = vim.lsp.buf_request_sync(bufnr, 'textDocument/definition', params, 150000) or {}
local definition = nil
for _, answer in pairs(answers) do
  if answer.result then definition = answer.result end
end
vim.lsp.stop_client(client_id)
finish({ version = tostring(vim.version().minor), published = published.diagnostics, shown = shown, definition = definition })
