package com.providercredentials.binaries;

import com.providercredentials.analysis.Providers;
import java.io.*;
import java.nio.file.*;
import java.util.*;
import java.util.zip.*;

/** bench/apk.sh: builds (once) an APK of about 50 MB from real jars with D8, then times BinaryFrontEnd.readApp in this JVM. */
public class ApkBench {
  public static void main(String[] args) throws Exception {
    Path apk = Paths.get(args[0]);
    if (!Files.exists(apk)) {
      Path dexZip = Files.createTempFile("d8", ".zip");
      com.android.tools.r8.D8Command.Builder b = com.android.tools.r8.D8Command.builder().setMinApiLevel(24)
        .setMode(com.android.tools.r8.CompilationMode.RELEASE).setProgramConsumer(new com.android.tools.r8.DexIndexedConsumer.ArchiveConsumer(dexZip));
      for (int i = 2; i < args.length; i++) b.addProgramFiles(Paths.get(args[i]));
      com.android.tools.r8.D8.run(b.build());
      long target = Long.parseLong(args[1]) * 1024 * 1024;
      long[] written = new long[1];
      OutputStream file = new FilterOutputStream(Files.newOutputStream(apk)) {
        @Override
        public void write(byte[] b, int off, int len) throws IOException {
          out.write(b, off, len);
          written[0] += len;
        }

        @Override
        public void write(int b) throws IOException {
          out.write(b);
          written[0]++;
        }
      };
      try (ZipOutputStream out = new ZipOutputStream(file); ZipFile dex = new ZipFile(dexZip.toFile())) {
        long size = 0;
        for (ZipEntry e : Collections.list(dex.entries())) {
          byte[] bytes = dex.getInputStream(e).readAllBytes();
          out.putNextEntry(new ZipEntry(e.getName())); out.write(bytes); out.closeEntry(); size += bytes.length;
          System.out.println(e.getName() + " " + bytes.length);
        }
        Random random = new Random(1);
        int n = 0;
        while (written[0] < target) {
          out.flush();
          if (written[0] >= target) {
            break;
          }
          byte[] asset = new byte[4 * 1024 * 1024]; random.nextBytes(asset);
          ZipEntry e = new ZipEntry("assets/media/clip" + (n++) + ".bin"); e.setMethod(ZipEntry.STORED); e.setSize(asset.length);
          CRC32 crc = new CRC32(); crc.update(asset); e.setCrc(crc.getValue());
          out.putNextEntry(e); out.write(asset); out.closeEntry(); size += asset.length;
        }
      }
    }
    double mb = Files.size(apk) / (1024.0 * 1024);
    BinaryFrontEnd frontEnd = new BinaryFrontEnd(Providers.detector());
    for (int round = 0; round < 5; round++) {
      long start = System.nanoTime();
      int units = frontEnd.readApp(apk, apk.toUri().toString(), "/m").units().size();
      long ms = (System.nanoTime() - start) / 1_000_000;
      System.out.printf("round %d: %.1f MB in %d ms (%.1f ms/MB), %d units%n", round, mb, ms, ms / mb, units);
    }
    // precision on real code: what the detection finds in these libraries (nothing, if it holds)
    com.providercredentials.core.Detector.Result result = Providers.detector().detect(frontEnd.readApp(apk, apk.toUri().toString(), "/m").units());
    System.out.println("findings " + result.findings().size() + ", identifiers " + result.identifiers().size());
    result.findings().forEach(f -> System.out.println("  " + f.rule() + " " + f.kindLabel() + " " + f.masked() + " in " + f.location().file().replaceAll(".*!/", "")));
  }
}
