/** The name of the performance measure each batch's merge and write leaves in the page (read by `npm run bench`). */
export const APPLY_MEASURE = 'axisref:lookup-apply'
