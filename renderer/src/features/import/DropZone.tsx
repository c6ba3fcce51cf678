import { useState, type ReactNode } from 'react'

/** Wraps the paper list: files dropped anywhere on it are imported. */
export function DropZone({ onDrop, children }: { onDrop: (items: DataTransferItemList) => void; children: ReactNode }) {
  const [over, setOver] = useState(false)
  return (
    <div
      className={over ? 'drop-zone is-over' : 'drop-zone'}
      data-testid="drop-zone"
      onDragOver={(event) => {
        if (!event.dataTransfer.types.includes('Files')) return
        event.preventDefault()
        event.dataTransfer.dropEffect = 'copy'
        setOver(true)
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        event.preventDefault()
        setOver(false)
        onDrop(event.dataTransfer.items)
      }}
    >
      {children}
    </div>
  )
}
