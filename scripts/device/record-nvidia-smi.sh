#!/usr/bin/env bash
# Records real power logs of a short GPU workload, for test fixtures.
# Run on a machine with an NVIDIA GPU, nvidia-smi, python3 with torch and nvidia-ml-py.
# Writes into $OUT (default ./fixtures-out): nvidia-smi --query-gpu CSV (with units), a
# noheader,nounits variant, `nvidia-smi dmon`, an NVML total-energy counter log (mJ, the ground
# truth the trapezoid is checked against), `nvidia-smi -q -d POWER`, and a meta.json.
set -u
OUT=${OUT:-./fixtures-out}
mkdir -p "$OUT"
export TZ=UTC
nvidia-smi --query-gpu=timestamp,index,uuid,name,power.draw,power.draw.average,power.draw.instant,power.limit,utilization.gpu,memory.used \
  --format=csv -lms 500 > "$OUT/query-gpu.csv" 2>&1 &
p1=$!
nvidia-smi --query-gpu=timestamp,index,power.draw --format=csv,noheader,nounits -l 1 > "$OUT/noheader-nounits.csv" 2>&1 &
p2=$!
nvidia-smi dmon -s pu -o DT -d 1 > "$OUT/dmon.txt" 2>&1 &
p3=$!
python3 - "$OUT" <<'PY'
import json, sys, time, threading, datetime
out = sys.argv[1]
meta = {"phases": []}
try:
    import pynvml
    pynvml.nvmlInit()
    h = pynvml.nvmlDeviceGetHandleByIndex(0)
    meta["driver"] = pynvml.nvmlSystemGetDriverVersion()
    meta["name"] = pynvml.nvmlDeviceGetName(h)
    uuid = pynvml.nvmlDeviceGetUUID(h)
except Exception as e:
    pynvml = None
    meta["nvml_error"] = repr(e)
stop = False
def sampler():
    with open(f"{out}/nvml-energy.csv", "w") as f:
        f.write("timestamp,device,energy_mj,power_mw\n")
        while not stop:
            ts = datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="milliseconds")
            try:
                e = pynvml.nvmlDeviceGetTotalEnergyConsumption(h)
            except Exception as ex:
                e = ""; meta["energy_error"] = repr(ex)
            try:
                p = pynvml.nvmlDeviceGetPowerUsage(h)
            except Exception as ex:
                p = ""; meta["power_error"] = repr(ex)
            f.write(f"{ts},{uuid},{e},{p}\n"); f.flush()
            time.sleep(0.5)
t = None
if pynvml:
    t = threading.Thread(target=sampler); t.start()
import torch
def phase(name, seconds, duty):
    start = datetime.datetime.now(datetime.timezone.utc).isoformat()
    a = torch.randn(8192, 8192, device="cuda", dtype=torch.bfloat16)
    b = torch.randn(8192, 8192, device="cuda", dtype=torch.bfloat16)
    end_t = time.time() + seconds
    while time.time() < end_t:
        if duty > 0:
            t0 = time.time()
            while time.time() - t0 < 0.1 * duty:
                for _ in range(8): c = a @ b
                torch.cuda.synchronize()
            time.sleep(0.1 * (1 - duty))
        else:
            time.sleep(0.1)
    meta["phases"].append({"name": name, "start": start, "end": datetime.datetime.now(datetime.timezone.utc).isoformat(), "duty": duty})
phase("idle-1", 6, 0)
phase("full-load", 20, 1.0)
phase("idle-2", 6, 0)
phase("half-load", 12, 0.5)
phase("idle-3", 6, 0)
stop = True
if t: t.join()
json.dump(meta, open(f"{out}/meta.json", "w"), indent=2)
PY
sleep 1
kill $p1 $p2 $p3 2>/dev/null
wait 2>/dev/null
nvidia-smi -q -d POWER > "$OUT/q-power.txt" 2>&1
date -u +%FT%TZ >> "$OUT/meta-date.txt"; uname -a >> "$OUT/meta-date.txt"
wc -l "$OUT"/*
head -5 "$OUT"/query-gpu.csv "$OUT"/dmon.txt "$OUT"/nvml-energy.csv "$OUT"/noheader-nounits.csv
