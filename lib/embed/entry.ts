// The bundle's entry point (lib/embed/build-embed.ts): runs the embed as soon as the script loads.
import { runEmbed } from './embed';

runEmbed();
