"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { NewBatchForm } from "./new-batch-form";

/** Opens the "New batch" form in a dialog; a successful start goes to the batch's page. */
export function NewBatchButton(props: Omit<React.ComponentProps<typeof NewBatchForm>, "onCancel">) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onClick={() => setOpen(true)}>New batch</Button>
      <Dialog open={open} onClose={() => setOpen(false)} title="New batch">
        <NewBatchForm {...props} onCancel={() => setOpen(false)} />
      </Dialog>
    </>
  );
}
