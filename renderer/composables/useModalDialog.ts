import { watch, type Ref } from 'vue'

/** Opens and closes a native <dialog> as a modal with `open`, focusing `focusFirst` when it opens. */
export function useModalDialog(open: () => boolean, dialog: Ref<HTMLDialogElement | null>, focusFirst?: Ref<HTMLElement | null>): void {
  watch(
    () => [open(), dialog.value] as const,
    ([isOpen, el]) => {
      if (!el) return
      if (isOpen && !el.open) {
        el.showModal()
        focusFirst?.value?.focus()
      } else if (!isOpen && el.open) el.close()
    },
    { immediate: true, flush: 'post' },
  )
}
