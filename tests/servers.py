"""Start and stop real SPARQL servers on loopback for tests: `kg serve`, Oxigraph server, Virtuoso.

Each starter returns a `RunningServer` once the server answers HTTP; `stop()`
terminates the process it started (and only that one).
"""
from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import httpx

VIRTUOSO = shutil.which("virtuoso-t")
# The `oxigraph` PyPI package (test extra) installs the server binary next to the interpreter.
OXIGRAPH = shutil.which("oxigraph", path=str(Path(sys.executable).parent)) or shutil.which("oxigraph") or "oxigraph"
# Virtuoso's built-in admin on a fresh database; its digest-protected endpoints accept writes.
VIRTUOSO_USER, VIRTUOSO_PASSWORD = "dba", "dba"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class RunningServer:
    process: subprocess.Popen
    base_url: str
    log: Path

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)


def _wait_until_up(server: RunningServer, probe: str, seconds: float) -> RunningServer:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise RuntimeError(f"server exited with {server.process.returncode}: {server.log.read_text()[-2000:]}")
        try:
            if httpx.get(server.base_url + probe, timeout=2).status_code < 500:
                return server
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    server.stop()
    raise RuntimeError(f"server at {server.base_url} did not come up in {seconds} s: {server.log.read_text()[-2000:]}")


def _start(command: list[str], base_url: str, log: Path, probe: str, seconds: float, cwd: Path | None = None):
    with log.open("wb") as sink:
        process = subprocess.Popen(command, stdout=sink, stderr=subprocess.STDOUT, cwd=cwd)
    return _wait_until_up(RunningServer(process, base_url, log), probe, seconds)


def start_kg_serve(store_dir: Path, log: Path, *options: str) -> RunningServer:
    """`kg serve` on a free loopback port (host left at its default, 127.0.0.1)."""
    port = free_port()
    command = [sys.executable, "-m", "kg", "serve", "--store", str(store_dir), "--port", str(port), *options]
    return _start(command, f"http://127.0.0.1:{port}", log, "/health", 60)


def start_oxigraph(data_dir: Path, log: Path) -> RunningServer:
    port = free_port()
    command = [str(OXIGRAPH), "serve", "--location", str(data_dir), "--bind", f"127.0.0.1:{port}"]
    return _start(command, f"http://127.0.0.1:{port}", log, "/query?query=ASK%7B%7D", 30)


def oxigraph_store_url(server: RunningServer) -> str:
    return f"{server.base_url}/query?update=/update&gsp=/store&union=union-default-graph"


_VIRTUOSO_INI = """\
[Database]
DatabaseFile = {dir}/virtuoso.db
ErrorLogFile = {dir}/virtuoso.log
LockFile = {dir}/virtuoso.lck
TransactionFile = {dir}/virtuoso.trx
xa_persistent_file = {dir}/virtuoso.pxa
MaxCheckpointRemap = 2000
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {dir}/virtuoso-temp.db
TransactionFile = {dir}/virtuoso-temp.trx

[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
CheckpointInterval = 0
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
DirsAllowed = {dir}

[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {dir}
ServerThreads = 4
MaxClientConnections = 4

[SPARQL]
ResultSetMaxRows = 100000
MaxQueryExecutionTime = 60
"""



def start_virtuoso(data_dir: Path, log: Path) -> RunningServer:
    """Virtuoso in the foreground with both ports on 127.0.0.1 and a fresh database in `data_dir`."""
    sql_port, http_port = free_port(), free_port()
    data_dir.mkdir(parents=True, exist_ok=True)
    ini = data_dir / "virtuoso.ini"
    ini.write_text(_VIRTUOSO_INI.format(dir=data_dir, sql_port=sql_port, http_port=http_port))
    command = [VIRTUOSO, "+foreground", "+configfile", str(ini)]
    return _start(command, f"http://127.0.0.1:{http_port}", log, "/sparql?query=ASK%7B%7D", 120, cwd=data_dir)


def virtuoso_store_url(server: RunningServer) -> str:
    return f"{server.base_url}/sparql?update=/sparql-auth&gsp=/sparql-graph-crud-auth&auth=digest"

