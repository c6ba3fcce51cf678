import { app, BrowserWindow, dialog, globalShortcut, ipcMain, Menu, protocol, screen, session, shell, utilityProcess } from 'electron'
import { defaultMainPaths, runMain } from './app'

runMain({ app, BrowserWindow, dialog, globalShortcut, ipcMain, Menu, protocol, screen, session, shell, utilityProcess }, defaultMainPaths(import.meta.dirname))
