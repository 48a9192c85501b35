package org.rectify;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Rectify: 巡视/巡察整改 from feedback to the published bulletin. */
@SpringBootApplication
public class RectifyApplication {

  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("roundtrip")) {
      // A command, not the server: no Spring context, no database.
      System.exit(org.rectify.importing.BulletinRoundTrip.command(args));
    }
    SpringApplication.run(RectifyApplication.class, args);
  }
}
