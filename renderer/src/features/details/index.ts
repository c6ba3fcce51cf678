export { DetailsPane } from './DetailsPane'
