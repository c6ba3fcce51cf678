import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session, shell } from 'electron'
import { defaultMainPaths, runMain } from './app'

runMain({ app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session, shell }, defaultMainPaths(import.meta.dirname))
