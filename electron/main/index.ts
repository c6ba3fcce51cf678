import { app, BrowserWindow, dialog, globalShortcut, ipcMain, Menu, protocol, safeStorage, screen, session, shell, utilityProcess } from 'electron'
import { defaultMainPaths, runMain } from './app'

runMain({ app, BrowserWindow, dialog, globalShortcut, ipcMain, Menu, protocol, safeStorage, screen, session, shell, utilityProcess }, defaultMainPaths(import.meta.dirname))
