export { LibraryPane } from './LibraryPane'
export { firstAuthor } from './PaperList'
