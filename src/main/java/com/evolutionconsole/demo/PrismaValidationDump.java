package com.evolutionconsole.demo;

/**
 * The about 12 KB message of the real server's 500 for a non-string {@code instanceName}: Prisma's validation
 * error with a code frame of minified server source. Reproduced so clients are tested against its size and shape.
 */
final class PrismaValidationDump {

    /** The start of the recorded message, word for word. */
    static final String PREFIX = "PrismaClientValidationError: \nInvalid `this.prismaRepository.integrationSession"
            + ".findFirst()` invocation in\n\n\n  312           '[]'::jsonb\n  313           ),\n  31";

    private static final String MINIFIED = "const{instanceName:e,number:t}=s;if(!this.waMonitor.waInstances[e])"
            + "throw new f(`The \"${e}\" instance does not exist`);const n=await this.prismaRepository.instance"
            + ".findFirst({where:{name:e}}),a=n?.id;return this.prismaRepository.integrationSession.findFirst({"
            + "where:{instanceId:a,remoteJid:t,status:\"opened\"},orderBy:{createdAt:\"desc\"}}).then(r=>r??null)}"
            + ";";
    private static final String TEXT = build();

    private PrismaValidationDump() {
    }

    static String text() {
        return TEXT;
    }

    private static String build() {
        StringBuilder dump = new StringBuilder(PREFIX);
        dump.append("4         `,\n  315         [instanceId, remoteJid],\n→ 316       ");
        while (dump.length() < 11_800) {
            dump.append(MINIFIED);
        }
        dump.append("\n\nArgument `name`: Invalid value provided. Expected String or StringFilter, provided Int.");
        return dump.toString();
    }
}
