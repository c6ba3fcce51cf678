import { RuleTester } from 'eslint'
import { describe, it } from 'vitest'
import tseslint from 'typescript-eslint'
import { LAYERS, layeringRule } from '../../eslint/layering.js'
import { REPO_ROOT } from '../support/paths'

RuleTester.describe = describe
RuleTester.it = it
RuleTester.itOnly = it.only

const tester = new RuleTester({ languageOptions: { parser: tseslint.parser, ecmaVersion: 2024, sourceType: 'module' } })
const options = [{ root: REPO_ROOT, layers: LAYERS }]
const at = (path: string) => `${REPO_ROOT}/${path}`

tester.run('axisref/layering', layeringRule, {
  valid: [
    { filename: at('shared/ipc/contract.ts'), code: "import { z } from 'zod'; import { x } from './channels'", options },
    { filename: at('renderer/src/App.tsx'), code: "import { contract } from '../../shared/ipc/contract'; import React from 'react'", options },
    { filename: at('electron/main/app.ts'), code: "import { join } from 'node:path'; import { contract } from '../../shared/ipc/contract'", options },
  ],
  invalid: [
    { filename: at('shared/ipc/x.ts'), code: "import { readFile } from 'node:fs'", options, errors: [{ messageId: 'builtin' }] },
    { filename: at('shared/ipc/x.ts'), code: "import { app } from '../../electron/main/app'", options, errors: [{ messageId: 'folder' }] },
    { filename: at('shared/ipc/x.ts'), code: "import { x } from '../../renderer/src/db'", options, errors: [{ messageId: 'folder' }] },
    { filename: at('shared/ipc/x.ts'), code: "import React from 'react'", options, errors: [{ messageId: 'package' }] },
    { filename: at('renderer/src/x.ts'), code: "import { runMain } from '../../electron/main/app'", options, errors: [{ messageId: 'folder' }] },
    { filename: at('renderer/src/features/library/x.ts'), code: "import { createBenchApi } from '../../../../bench/library/page/benchApi'", options, errors: [{ messageId: 'folder' }] },
    { filename: at('renderer/src/x.ts'), code: "import fs from 'fs'", options, errors: [{ messageId: 'builtin' }] },
    { filename: at('renderer/src/x.ts'), code: "import { ipcRenderer } from 'electron'", options, errors: [{ messageId: 'package' }] },
    { filename: at('renderer/src/x.ts'), code: "const fs = require('node:fs')", options, errors: [{ messageId: 'builtin' }] },
    { filename: at('renderer/src/x.ts'), code: "const m = import('node:child_process')", options, errors: [{ messageId: 'builtin' }] },
    { filename: at('electron/main/x.ts'), code: "export { App } from '../../renderer/src/App'", options, errors: [{ messageId: 'folder' }] },
  ],
})
