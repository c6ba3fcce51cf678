import './zodConfig'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App, pageOf } from './App'
import { openDatabase } from './db'
import { resolveApi } from './ipc/client'
import './styles.css'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
createRoot(root).render(
  <StrictMode>
    <App api={resolveApi()} db={openDatabase()} page={pageOf(window.location.hash)} />
  </StrictMode>,
)
