/** The command palette: every action of the app, reachable by typing its name. */
export { CommandPalette } from './CommandPalette'
export { commandsFromActions, rankCommands, type Command } from './commands'
