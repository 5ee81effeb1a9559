"""Renders Word documents to PDF in one LibreOffice kept running, so only the first document pays
for starting it. Started by PdfRenderer: argv is the soffice program, the profile URL and a pipe
name. It answers "ready" once LibreOffice listens, then reads one request per line on stdin,
"<document>\t<pdf>", and answers each with "ok" or "error <reason>". When stdin closes (its
parent ended or let it go) it closes LibreOffice and exits."""

import subprocess
import sys
import time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def answer(text):
    sys.stdout.write(text.replace("\n", " ") + "\n")
    sys.stdout.flush()


def connect(office, pipe):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    deadline = time.monotonic() + 120
    while True:
        try:
            context = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
            return context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
        except Exception:
            if office.poll() is not None or time.monotonic() > deadline:
                return None
            time.sleep(0.1)


def render(desktop, document, pdf):
    loaded = desktop.loadComponentFromURL(uno.systemPathToFileUrl(document), "_blank", 0, (prop("Hidden", True), prop("ReadOnly", True)))
    if loaded is None:
        raise RuntimeError(f"LibreOffice could not open {document}")
    try:
        loaded.storeToURL(uno.systemPathToFileUrl(pdf), (prop("FilterName", "writer_pdf_Export"),))
    finally:
        loaded.close(True)


def main():
    soffice, profile, pipe = sys.argv[1:4]
    office = subprocess.Popen(
        [soffice, "--headless", "--norestore", "--nologo", "--nodefault", "--nolockcheck", f"-env:UserInstallation={profile}",
         f"--accept=pipe,name={pipe};urp;StarOffice.ComponentContext"],
        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    desktop = connect(office, pipe)
    if desktop is None:
        answer(f"error LibreOffice ({soffice}) did not start listening")
        office.kill()
        return 1
    answer("ready")
    try:
        for line in sys.stdin:
            document, pdf = line.rstrip("\n").split("\t")
            try:
                render(desktop, document, pdf)
                answer("ok")
            except Exception as error:
                answer(f"error {error}")
    finally:
        try:
            desktop.terminate()
        except Exception:
            pass
        try:
            office.wait(timeout=20)
        except subprocess.TimeoutExpired:
            office.kill()
    return 0


if __name__ == "__main__":
    sys.exit(main())
