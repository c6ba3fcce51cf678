export { DuplicatesView } from './DuplicatesView'
