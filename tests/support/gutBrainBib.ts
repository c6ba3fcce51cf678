/**
 * Two (or three) real papers of the gut-brain literature as a BibTeX file, for end-to-end tests
 * that need a small library imported through the app: lower-case keys, as a user's file has them.
 */
export const GUT_BRAIN_BIB = `@article{maes2008,
  author = {Maes, Michael and Kubera, Marta and Leunis, Jean-Claude},
  title = {The gut-brain barrier in major depression: intestinal mucosal dysfunction with an increased translocation of LPS from gram negative enterobacteria},
  journal = {Neuro Endocrinology Letters},
  year = {2008},
  volume = {29},
  pages = {117--124}
}
@article{kelly2016,
  author = {Kelly, John R. and Borre, Yuliya},
  title = {Transferring the blues: Depression-associated gut microbiota induces neurobehavioural changes in the rat},
  journal = {Journal of Psychiatric Research},
  year = {2016},
  volume = {82},
  pages = {109--118}
}
`

export const CRYAN_2012_BIB = `@article{cryan2012,
  author = {Cryan, John F. and Dinan, Timothy G.},
  title = {Mind-altering microorganisms: the impact of the gut microbiota on brain and behaviour},
  journal = {Nature Reviews Neuroscience},
  year = {2012},
  volume = {13},
  pages = {701--712}
}
`
